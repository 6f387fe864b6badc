import { TtlCache } from './trust-cache';

describe('TtlCache', () => {
  let clock = 0;
  const cache = () => new TtlCache(1000, () => clock, 3);
  const loader = () => {
    let calls = 0;
    return { load: async () => ++calls, calls: () => calls };
  };

  beforeEach(() => {
    clock = 0;
  });

  it('loads once within the TTL and again after it', async () => {
    const c = cache();
    const l = loader();
    expect(await c.get('t1:targets', l.load)).toBe(1);
    clock = 999;
    expect(await c.get('t1:targets', l.load)).toBe(1);
    clock = 1000;
    expect(await c.get('t1:targets', l.load)).toBe(2);
  });

  it("drops one trust's entries and keeps another's", async () => {
    const c = cache();
    const l = loader();
    await c.get('t1:rules', l.load);
    await c.get('t2:rules', l.load);
    c.dropPrefix('t1:');
    expect(await c.get('t1:rules', l.load)).toBe(3);
    expect(await c.get('t2:rules', l.load)).toBe(2);
  });

  it('stays bounded', async () => {
    const c = cache();
    const l = loader();
    for (const key of ['a', 'b', 'c', 'd']) await c.get(key, l.load);
    expect(await c.get('a', l.load)).toBe(5); // cleared when full
  });
});
