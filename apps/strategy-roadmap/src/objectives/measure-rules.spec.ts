import { checkMeasure, progressOf } from './measure-rules';

describe('progressOf', () => {
  it.each([
    { title: 'is 0 at the baseline', input: { baseline: 40, target: 80, current: 40 }, expected: 0 },
    { title: 'is 1 at the target', input: { baseline: 40, target: 80, current: 80 }, expected: 1 },
    {
      title: 'counts a falling target (hours of admin down)',
      input: { baseline: 6, target: 3, current: 4.5 },
      expected: 0.5,
    },
    { title: 'can pass 1 beyond the target', input: { baseline: 0, target: 5, current: 10 }, expected: 2 },
    { title: 'never goes below 0', input: { baseline: 40, target: 80, current: 20 }, expected: 0 },
    {
      title: 'is 1 when the baseline is the target and met',
      input: { baseline: 5, target: 5, current: 5 },
      expected: 1,
    },
    {
      title: 'is 0 when the baseline is the target and missed',
      input: { baseline: 5, target: 5, current: 4 },
      expected: 0,
    },
  ])('$title', ({ input, expected }) => {
    expect(progressOf(input)).toBe(expected);
  });
});

describe('checkMeasure', () => {
  const measure = { name: 'Pilots run', unit: 'COUNT', baseline: 0, target: 5 };

  it.each([
    { title: 'a blank name', input: { ...measure, name: '  ' }, field: 'measures.name' },
    { title: 'a name past 200 characters', input: { ...measure, name: 'x'.repeat(201) }, field: 'measures.name' },
    { title: 'an unknown unit', input: { ...measure, unit: 'BANANAS' }, field: 'measures.unit' },
    { title: 'a target that is not a number', input: { ...measure, target: NaN }, field: 'measures.target' },
    { title: 'a percentage past 100', input: { ...measure, unit: 'PERCENT', current: 101 }, field: 'measures.current' },
  ])('refuses $title as BAD_USER_INPUT naming the field', ({ input, field }) => {
    expect(() => checkMeasure(input)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field }) }),
    );
  });

  it('accepts a measure within its limits', () => {
    expect(() => checkMeasure({ ...measure, unit: 'PERCENT', baseline: 0, target: 100, current: 100 })).not.toThrow();
  });
});
