import type { RosterFeed, RosterPerson } from './oneroster-csv';
import { MemberNow, previewRoster, RosterContext } from './roster-preview';

const SOURCE = 'source-1';
const NOW = new Date('2026-12-07T10:00:00Z');
const OAK = 'school-oak';
const BEECH = 'school-beech';
const schools = [
  { sourcedId: 'org-oak', name: 'Oakfield', urn: '107001' },
  { sourcedId: 'org-beech', name: 'Beech Hill', urn: '107002' },
  { sourcedId: 'org-elsewhere', name: 'Elsewhere Academy', urn: '199999' },
];
let line = 1;
const person = (
  misId: string,
  email: string,
  orgs: string[],
  roles = ['teacher'],
  name = ['Jo', 'Bloggs'],
): RosterPerson => ({
  misId,
  email,
  givenName: name[0],
  familyName: name[1],
  schoolSourcedIds: orgs,
  misRoles: roles,
  line: ++line,
});
const member = (over: Partial<MemberNow> & Pick<MemberNow, 'userId' | 'email'>): MemberNow => ({
  displayName: 'Jo Bloggs',
  role: 'STAFF',
  schoolIds: [OAK],
  educatorLead: false,
  status: 'ACTIVE',
  misId: null,
  roleSetByHand: false,
  sourceId: over.misId ? SOURCE : null,
  misLeftAt: null,
  ...over,
});
const feed = (...people: RosterPerson[]): RosterFeed => ({ schools, people, skipped: 0 });
const ctx = (members: MemberNow[], over: Partial<RosterContext> = {}): RosterContext => ({
  schoolIdByUrn: new Map([
    ['107001', OAK],
    ['107002', BEECH],
  ]),
  members,
  rules: [{ misRole: 'siteAdministrator', role: 'EXECUTIVE' }],
  complete: true,
  sourceId: SOURCE,
  accountsElsewhere: new Set<string>(),
  now: NOW,
  graceDays: 0,
  ...over,
});

describe('previewRoster', () => {
  it("adds new staff once per email with every school, the headteacher as educator lead, roles by the trust's rules", () => {
    const preview = previewRoster(
      feed(
        person('u-1', 'jo@n.example', ['org-oak']),
        person('u-1b', 'jo@n.example', ['org-beech']),
        person('u-2', 'sam@n.example', ['org-beech'], ['principal'], ['Sam', 'Okafor']),
        person('u-3', 'kim@n.example', ['org-oak'], ['siteadministrator'], ['Kim', 'Lee']),
      ),
      ctx([]),
    );
    expect(preview.add).toEqual([
      {
        misId: 'u-1',
        email: 'jo@n.example',
        displayName: 'Jo Bloggs',
        role: 'STAFF',
        schoolIds: [BEECH, OAK].sort(),
        educatorLead: false,
      },
      {
        misId: 'u-2',
        email: 'sam@n.example',
        displayName: 'Sam Okafor',
        role: 'STAFF',
        schoolIds: [BEECH],
        educatorLead: true,
      },
      {
        misId: 'u-3',
        email: 'kim@n.example',
        displayName: 'Kim Lee',
        role: 'EXECUTIVE',
        schoolIds: [OAK],
        educatorLead: false,
      },
    ]);
    expect(preview.conflicts).toEqual([]);
  });

  it('links a member TrustOps already had by email, then finds them by MIS id: the same feed again changes nothing', () => {
    const first = previewRoster(
      feed(person('u-1', 'jo@n.example', ['org-oak'])),
      ctx([member({ userId: 'a', email: 'Jo@N.example' })]),
    );
    expect(first.change).toEqual([{ userId: 'a', misId: 'u-1', email: 'Jo@N.example', before: {}, after: {} }]);
    const again = previewRoster(
      feed(person('u-1', 'jo@n.example', ['org-oak'])),
      ctx([member({ userId: 'a', email: 'jo@n.example', misId: 'u-1' })]),
    );
    expect([again.add, again.change, again.suspend, again.unchanged]).toEqual([[], [], [], 1]);
  });

  it("changes what the MIS owns, never an IT role or a role set by hand, nor an IT role's schools", () => {
    const preview = previewRoster(
      feed(
        person('u-1', 'jo@n.example', ['org-beech'], ['teacher'], ['Jo', 'Bloggs-Hart']),
        person('u-2', 'tom@n.example', ['org-oak'], ['teacher'], ['Tom', 'Reed']),
        person('u-3', 'ann@n.example', ['org-oak'], ['siteadministrator'], ['Ann', 'Cole']),
      ),
      ctx([
        member({ userId: 'a', email: 'jo@n.example', misId: 'u-1' }),
        member({
          userId: 't',
          email: 'tom@n.example',
          misId: 'u-2',
          displayName: 'Tom Reed',
          role: 'TECHNICIAN',
          schoolIds: [OAK, BEECH],
        }),
        member({
          userId: 'h',
          email: 'ann@n.example',
          misId: 'u-3',
          displayName: 'Ann Cole',
          role: 'GOVERNOR',
          roleSetByHand: true,
        }),
      ]),
    );
    expect(preview.change).toEqual([
      {
        userId: 'a',
        misId: 'u-1',
        email: 'jo@n.example',
        before: { displayName: 'Jo Bloggs', schoolIds: [OAK] },
        after: { displayName: 'Jo Bloggs-Hart', schoolIds: [BEECH] },
      },
    ]);
    expect(preview.unchanged).toBe(2);
  });

  it('suspends synced leavers only from a complete, non-empty feed, asks over 10%, and restores a returning leaver', () => {
    const members = Array.from({ length: 20 }, (_, i) =>
      member({ userId: `m${i}`, email: `m${i}@n.example`, misId: `u-${i}` }),
    );
    const keep = members.slice(0, 18).map((m) => person(m.misId!, m.email, ['org-oak']));
    const two = previewRoster(feed(...keep), ctx(members));
    expect(two.suspend.map((s) => s.userId)).toEqual(['m18', 'm19']);
    expect(two.needsConfirmation).toBe(false);
    const three = previewRoster(feed(...keep.slice(1)), ctx(members));
    expect([three.suspend.length, three.needsConfirmation]).toEqual([3, true]);
    for (const held of [
      previewRoster(feed(), ctx(members)),
      previewRoster(feed(...keep), ctx(members, { complete: false })),
    ])
      expect([held.suspend, held.suspendHeld]).toEqual([[], true]);
    // A TrustOps-only member (no MIS id) is never the feed's to suspend.
    expect(
      previewRoster(feed(...keep), ctx([...members, member({ userId: 'x', email: 'x@n.example' })])).suspend,
    ).toHaveLength(2);

    const back = previewRoster(
      feed(...keep, person('u-19', 'm19@n.example', ['org-oak'])),
      ctx(members.map((m) => (m.userId === 'm19' ? { ...m, status: 'SUSPENDED' as const, misLeftAt: NOW } : m))),
    );
    expect(back.restore).toEqual([{ userId: 'm19', misId: 'u-19', email: 'm19@n.example', before: {}, after: {} }]);
  });

  it('reports conflicts instead of guessing: a bad email, a school not in the trust, someone suspended by hand', () => {
    const preview = previewRoster(
      feed(
        person('u-1', 'not-an-email', ['org-oak']),
        person('u-2', 'jo@n.example', ['org-oak', 'org-elsewhere']),
        person('u-3', 'only@n.example', ['org-elsewhere']),
        person('u-4', 'gone@n.example', ['org-oak']),
      ),
      ctx([member({ userId: 'g', email: 'gone@n.example', status: 'SUSPENDED' })]),
    );
    expect(preview.conflicts.map((c) => [c.kind, c.misId])).toEqual([
      ['INVALID_EMAIL', 'u-1'],
      ['UNKNOWN_SCHOOL', 'u-2'],
      ['UNKNOWN_SCHOOL', 'u-3'],
      ['SUSPENDED_BY_HAND', 'u-4'],
    ]);
    expect(preview.conflicts[1].detail).toBe('Elsewhere Academy (URN 199999) is not in the trust');
    // Someone at a known school and an unknown one still comes in at the known one.
    expect(preview.add.map((a) => [a.misId, a.schoolIds])).toEqual([['u-2', [OAK]]]);
    expect(preview.restore).toEqual([]);
  });

  it('keeps a leaver for the grace period, then suspends them; one who comes back is no longer leaving', () => {
    const members = Array.from({ length: 20 }, (_, i) =>
      member({ userId: `m${i}`, email: `m${i}@n.example`, misId: `u-${i}` }),
    );
    const keep = members.slice(0, 19).map((m) => person(m.misId!, m.email, ['org-oak']));
    const first = previewRoster(feed(...keep), ctx(members, { graceDays: 30 }));
    expect(first.leaving).toEqual([
      { userId: 'm19', email: 'm19@n.example', displayName: 'Jo Bloggs', suspendsOn: '2027-01-06' },
    ]);
    expect(first.suspend).toEqual([]);
    const marked = (days: number) =>
      members.map((m) => (m.userId === 'm19' ? { ...m, misLeftAt: new Date(NOW.getTime() - days * 86_400_000) } : m));
    const within = previewRoster(feed(...keep), ctx(marked(10), { graceDays: 30 }));
    expect([within.leaving, within.suspend, within.unchanged]).toEqual([[], [], 20]);
    const past = previewRoster(feed(...keep), ctx(marked(30), { graceDays: 30 }));
    expect(past.suspend.map((s) => s.userId)).toEqual(['m19']);
    const back = previewRoster(feed(...keep, person('u-19', 'm19@n.example', ['org-oak'])), ctx(marked(10)));
    expect(back.change).toEqual([
      { userId: 'm19', misId: 'u-19', email: 'm19@n.example', before: {}, after: {}, back: true },
    ]);
  });

  it('never takes a member from another roster source, nor suspends someone holding an IT role', () => {
    const preview = previewRoster(
      feed(person('u-1', 'jo@n.example', ['org-oak'])),
      ctx([
        member({ userId: 'a', email: 'jo@n.example', misId: 'w-1', sourceId: 'wonde' }),
        member({ userId: 'd', email: 'dir@n.example', misId: 'u-9', role: 'IT_DIRECTOR' }),
      ]),
    );
    expect(preview.conflicts.map((c) => [c.kind, c.email])).toEqual([
      ['OTHER_SOURCE', 'jo@n.example'],
      ['IT_ROLE_LEAVER', 'dir@n.example'],
    ]);
    expect([preview.add, preview.change, preview.suspend, preview.leaving]).toEqual([[], [], [], []]);
  });

  it('restores only someone the sync suspended, and adds nobody who already has an account: they are invited', () => {
    const byHand = member({ userId: 'h', email: 'hand@n.example', misId: 'u-1', status: 'SUSPENDED' });
    const preview = previewRoster(
      feed(person('u-1', 'hand@n.example', ['org-oak']), person('u-2', 'msp@elsewhere.example', ['org-oak'])),
      ctx([byHand], { accountsElsewhere: new Set(['msp@elsewhere.example']) }),
    );
    expect(preview.conflicts.map((c) => [c.kind, c.email])).toEqual([
      ['SUSPENDED_BY_HAND', 'hand@n.example'],
      ['ACCOUNT_ELSEWHERE', 'msp@elsewhere.example'],
    ]);
    expect([preview.add, preview.restore]).toEqual([[], []]);
  });
});
