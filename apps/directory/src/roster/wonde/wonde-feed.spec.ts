import type { RosterFeed } from '../oneroster-csv';
import { feedFromWonde, patchFeed } from './wonde-feed';

const oak = { id: 'A100', name: 'Oakfield', urn: 148201 };
const beech = { id: 'A200', name: 'Beech Hill', urn: '148202' };
const employee = (id: string, email: string | null, role = 'Teacher', current = true) => ({
  id,
  forename: 'Jo',
  surname: `Bloggs ${id}`,
  employment_details: { data: { current, role_text: role } },
  contact_details: { data: { emails: { email: null, work: email } } },
});

describe('feedFromWonde', () => {
  it('reads each current employee at their school, by work email, with the headteacher marked', () => {
    const feed = feedFromWonde(
      [
        {
          school: oak,
          employees: [employee('E1', 'Jo@Oak.example'), employee('E2', 'head@oak.example', 'Headteacher')],
        },
        { school: beech, employees: [employee('E3', 'gone@beech.example', 'Teacher', false), employee('E4', null)] },
      ],
      [],
    );
    expect(feed.schools).toEqual([
      { sourcedId: 'A100', name: 'Oakfield', urn: '148201' },
      { sourcedId: 'A200', name: 'Beech Hill', urn: '148202' },
    ]);
    expect(feed.people.map((p) => [p.misId, p.email, p.schoolSourcedIds, p.misRoles])).toEqual([
      ['E1', 'jo@oak.example', ['A100'], ['teacher']],
      ['E2', 'head@oak.example', ['A100'], ['headteacher']],
      // No email: the preview lists it as a conflict rather than leaving them out unseen.
      ['E4', '', ['A200'], ['teacher']],
    ]);
    expect(feed.partial).toBeUndefined();
    expect(feedFromWonde([], ['Beech Hill']).partial).toEqual(['Beech Hill']);
  });

  it('patches the last feed with what a delta changed and deleted, and keeps the rest', () => {
    const previous: RosterFeed = feedFromWonde(
      [
        {
          school: oak,
          employees: [
            employee('E1', 'a@oak.example'),
            employee('E2', 'b@oak.example'),
            employee('E3', 'c@oak.example'),
          ],
        },
      ],
      [],
    );
    const patched = patchFeed(
      previous,
      [
        {
          school: oak,
          employees: [
            employee('E1', 'a.new@oak.example'),
            employee('E5', 'e@oak.example'),
            employee('E3', 'c@oak.example', 'Teacher', false),
          ],
        },
      ],
      new Set(['E2']),
      [],
    );
    expect(patched.people.map((p) => [p.misId, p.email])).toEqual([
      ['E1', 'a.new@oak.example'],
      ['E5', 'e@oak.example'],
    ]);
    expect(patched.schools).toEqual(previous.schools);
    expect(patchFeed({ ...previous, partial: ['Oakfield'] }, [], new Set(), []).partial).toBeUndefined();
  });
});
