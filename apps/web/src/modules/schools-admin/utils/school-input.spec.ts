import { changedFields, closedOn, schoolFields, siteNames } from './school-input';

describe('schoolFields', () => {
  it('trims what was typed, so a pasted URN with spaces is still six digits', () => {
    const form = new FormData();
    form.set('name', '  Elm Tree Primary ');
    form.set('urn', ' 148299 ');
    form.set('phase', 'PRIMARY');
    form.set('localAuthority', 'Leeds ');
    expect(schoolFields(form)).toEqual({
      name: 'Elm Tree Primary',
      urn: '148299',
      phase: 'PRIMARY',
      localAuthority: 'Leeds',
    });
  });
});

describe('siteNames', () => {
  it.each([
    { title: 'nothing typed is no sites', text: '  ', expected: [] },
    {
      title: 'one per line, blanks dropped',
      text: 'Main site\n\n Sixth form centre \n',
      expected: ['Main site', 'Sixth form centre'],
    },
    {
      title: 'commas work too, and a name twice is one site',
      text: 'Main site, Annexe, Main site',
      expected: ['Main site', 'Annexe'],
    },
  ])('$title', ({ text, expected }) => {
    expect(siteNames(text)).toEqual(expected);
  });
});

describe('changedFields', () => {
  it('sends only what changed', () => {
    const before = { name: 'Oakfield', urn: '148201', phase: 'PRIMARY' as const, localAuthority: 'Leeds' };
    expect(changedFields(before, { ...before, name: 'Oakfield Primary' })).toEqual({ name: 'Oakfield Primary' });
    expect(changedFields(before, before)).toEqual({});
  });
});

describe('closedOn', () => {
  it('gives the London date a school closed on', () => {
    expect(closedOn('2026-03-02T23:30:00.000Z')).toBe('Closed 2 Mar 2026');
    expect(closedOn('2026-07-31T23:30:00.000Z')).toBe('Closed 1 Aug 2026');
  });
});
