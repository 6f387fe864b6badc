import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and quotes what needs quoting', () => {
    const rows = [{ name: 'Oakfield, "the" school', n: 3 }, { name: 'Elm', n: null }];
    expect(toCsv(rows, [['School', (r) => r.name], ['Open', (r) => r.n]])).toBe('School,Open\r\n"Oakfield, ""the"" school",3\r\nElm,');
  });
});
