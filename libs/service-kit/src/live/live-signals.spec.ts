import { hears, schoolOf } from './live-signals';

describe('live signals', () => {
  it('lets an unscoped listener hear everything, and a scoped one its schools and trust-wide changes only', () => {
    const scoped = new Set(['oakfield', 'beech-hill']);
    expect(hears(null, 'anywhere')).toBe(true);
    expect(hears(null, undefined)).toBe(true);
    expect(hears(scoped, 'oakfield')).toBe(true);
    expect(hears(scoped, undefined)).toBe(true);
    expect(hears(scoped, 'riverside-school')).toBe(false);
  });

  it('reads the school an event is about from its payload, when there is one', () => {
    expect(schoolOf({ ticketId: 't', schoolId: 's1' })).toBe('s1');
    expect(schoolOf({ schoolIds: ['s1', 's2'] })).toBeUndefined();
    expect(schoolOf(null)).toBeUndefined();
    expect(schoolOf({ schoolId: 42 })).toBeUndefined();
  });
});
