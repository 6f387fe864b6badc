import { NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { errorCodes } from '@trustops/testing';
import { deskUnderTest } from '../testing/desk-client';

const [oakfield, beechHill] = NORTHSTAR.schools;
const REGISTER = 'mutation ($i: RegisterAssetInput!) { registerAsset(input: $i) { id tag type school { id } } }';
const ASSETS = 'query ($s: ID, $t: String) { assets(schoolId: $s, text: $t) { id tag } }';

describe('assets and the ticket that names one', () => {
  const { as } = deskUnderTest();

  it('registers a device, finds it by tag, and links it to a ticket of its school', async () => {
    const asset = (
      await as('tech', REGISTER, {
        i: { schoolId: oakfield.id, tag: 'oak-lt-0099', type: 'LAPTOP', model: 'Dell Latitude 3440' },
      })
    ).data!.registerAsset;
    expect(asset).toMatchObject({ tag: 'OAK-LT-0099', type: 'LAPTOP', school: { id: oakfield.id } });
    expect(
      (await as('tech', ASSETS, { s: oakfield.id, t: 'OAK-LT' })).data!.assets.map((a: { tag: string }) => a.tag),
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
    expect(raised.data!.raiseTicket.asset).toEqual({ tag: 'OAK-LT-0099' });
    const unlinked = await as(
      'tech',
      'mutation ($t: ID!) { linkTicketAsset(ticketId: $t, assetId: null) { asset { tag } } }',
      { t: raised.data!.raiseTicket.id },
    );
    expect(unlinked.data!.linkTicketAsset.asset).toBeNull();
  });

  it('refuses a duplicate tag, an unknown type, and an asset of another school, writing nothing', async () => {
    const before = (await as('director', ASSETS, {})).data!.assets.length;
    expect(
      errorCodes(await as('tech', REGISTER, { i: { schoolId: oakfield.id, tag: 'OAK-LT-0099', type: 'LAPTOP' } })),
    ).toEqual(['ASSET_TAG_TAKEN']);
    expect(
      errorCodes(await as('tech', REGISTER, { i: { schoolId: oakfield.id, tag: 'X-1', type: 'TOASTER' } })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(await as('tech', REGISTER, { i: { schoolId: oakfield.id, tag: 'bad tag!', type: 'LAPTOP' } })),
    ).toEqual(['BAD_USER_INPUT']);
    expect((await as('director', ASSETS, {})).data!.assets.length).toBe(before);
    const beechAsset = (await as('director', ASSETS, { s: beechHill.id })).data!.assets[0].id;
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
    expect((await as('director', ASSETS, {})).data!.assets.length).toBeGreaterThan(0);
    for (const t of ['%', '_', '%_%', '\\']) expect((await as('director', ASSETS, { t })).data!.assets).toEqual([]);
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
    const oakAsset = (await as('director', ASSETS, { s: oakfield.id })).data!.assets[0].id;
    expect(
      (await as('riverside', ASSETS, {})).data!.assets.every((a: { tag: string }) => !a.tag.startsWith('OAK')),
    ).toBe(true);
    expect((await as('riverside', ASSETS, { s: oakfield.id })).data!.assets).toEqual([]);
    expect(
      errorCodes(await as('riverside', REGISTER, { i: { schoolId: oakfield.id, tag: 'THEIRS-1', type: 'LAPTOP' } })),
    ).toEqual(['SCHOOL_NOT_FOUND']);
    // Scoped to Beech Hill and Kirkgate: sees none of Oakfield's devices.
    expect((await as('scoped', ASSETS, { s: oakfield.id })).data!.assets).toEqual([]);
    const theirTicket = (
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
      })
    ).data!.raiseTicket.id;
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
