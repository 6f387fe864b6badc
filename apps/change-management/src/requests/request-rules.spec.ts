import { checkDecision } from './request-rules';

const decline = {
  decision: 'DECLINED' as const,
  reason: 'It sends pupil data to a server outside the UK',
  risks: ['DATA_PROTECTION'],
  alternatives: ['Use Microsoft Forms'],
};

describe('checkDecision', () => {
  it.each([
    { title: 'a full decline', input: decline, ok: true },
    { title: 'a decline without alternatives', input: { ...decline, alternatives: [] }, ok: false },
    { title: 'a decline with only blank alternatives', input: { ...decline, alternatives: ['  '] }, ok: false },
    { title: 'a decline without a reason', input: { ...decline, reason: ' ' }, ok: false },
    { title: 'a decline without a risk', input: { ...decline, risks: [] }, ok: false },
    { title: 'an unknown risk', input: { ...decline, risks: ['VIBES'] }, ok: false },
    { title: 'a plain approval', input: { decision: 'APPROVED' as const }, ok: true },
    { title: 'conditions without saying which', input: { decision: 'APPROVED_WITH_CONDITIONS' as const }, ok: false },
    {
      title: 'conditions stated',
      input: { decision: 'APPROVED_WITH_CONDITIONS' as const, conditions: 'Teacher accounts only' },
      ok: true,
    },
  ])('$title: $ok', ({ input, ok }) => {
    if (ok) expect(() => checkDecision(input)).not.toThrow();
    else expect(() => checkDecision(input)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('trims and de-duplicates what it keeps', () => {
    expect(checkDecision({ ...decline, risks: ['COST', 'COST'], alternatives: [' A ', ''] })).toMatchObject({
      risks: ['COST'],
      alternatives: ['A'],
    });
  });
});
