import { choiceOfPeople, peopleSearch, searchOfPeople } from './people-search';

describe('the People page URL', () => {
  it('keeps the filters it knows and drops the rest', () => {
    expect(peopleSearch({ q: 'smith', role: 'TECHNICIAN', school: 'abc', status: 'SUSPENDED', page: 3 })).toEqual({
      q: 'smith',
      role: 'TECHNICIAN',
      school: 'abc',
      status: 'SUSPENDED',
    });
    expect(peopleSearch({ role: 'WIZARD', status: 'gone', q: '' })).toEqual({});
  });

  it('round-trips a choice, leaving out what is not chosen', () => {
    const choice = { text: ' jo ', role: 'STAFF', schoolId: '', status: '' };
    expect(searchOfPeople(choice)).toEqual({ q: 'jo', role: 'STAFF' });
    expect(choiceOfPeople(searchOfPeople(choice))).toEqual({ text: 'jo', role: 'STAFF', schoolId: '', status: '' });
  });
});
