import { resolvedWithinSla } from './resolution-rules';

/** Raised 09:00, first reply due 13:00, resolution due the next day at 09:00. */
const ticket = (frMinutes: number | null) => ({
  raisedAt: new Date('2026-11-24T09:00:00Z'),
  frDue: new Date('2026-11-24T13:00:00Z'),
  frMinutes,
});
const due = '2026-11-25T09:00:00Z';

describe('whether a resolution was within SLA', () => {
  it.each([
    {
      title: 'the desk says met though the times say late',
      at: '2026-11-25T10:00:00Z',
      slaMet: true,
      fr: 30,
      met: true,
    },
    {
      title: 'the desk says breached though the times say in time',
      at: '2026-11-24T10:00:00Z',
      slaMet: false,
      fr: 30,
      met: false,
    },
    {
      title: 'older event: resolved in time, replied in time',
      at: '2026-11-24T16:00:00Z',
      slaMet: undefined,
      fr: 30,
      met: true,
    },
    {
      title: 'older event: resolved after it was due',
      at: '2026-11-25T10:00:00Z',
      slaMet: undefined,
      fr: 30,
      met: false,
    },
    {
      title: 'older event: first reply after it was due',
      at: '2026-11-24T16:00:00Z',
      slaMet: undefined,
      fr: 300,
      met: false,
    },
    {
      title: 'older event: no reply, resolved before the reply was due',
      at: '2026-11-24T12:00:00Z',
      slaMet: undefined,
      fr: null,
      met: true,
    },
    {
      title: 'older event: no reply, resolved after the reply was due',
      at: '2026-11-24T14:00:00Z',
      slaMet: undefined,
      fr: null,
      met: false,
    },
  ])('$title: $met', ({ at, slaMet, fr, met }) => {
    expect(resolvedWithinSla({ at, resolutionDueAt: due, slaMet }, ticket(fr))).toBe(met);
  });
});
