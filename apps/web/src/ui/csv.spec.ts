import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and quotes what needs quoting', () => {
    const rows = [
      { name: 'Oakfield, "the" school', n: 3 },
      { name: 'Elm', n: null },
    ];
    expect(
      toCsv(rows, [
        ['School', (r) => r.name],
        ['Open', (r) => r.n],
      ]),
    ).toBe('School,Open\r\n"Oakfield, ""the"" school",3\r\nElm,');
  });

  const cases: { title: string; input: unknown; expected: string }[] = [
    { title: 'neutralises a formula', input: '=1+2', expected: "'=1+2" },
    {
      title: 'neutralises a formula that needs quoting too',
      input: '=HYPERLINK("http://x","Open")',
      expected: '"\'=HYPERLINK(""http://x"",""Open"")"',
    },
    { title: 'neutralises a leading plus', input: "+cmd|' /C calc'!A0", expected: "'+cmd|' /C calc'!A0" },
    { title: 'neutralises a leading minus that is not a number', input: '-2+3+cmd', expected: "'-2+3+cmd" },
    { title: 'neutralises a leading @', input: '@SUM(A1:A9)', expected: "'@SUM(A1:A9)" },
    { title: 'neutralises a leading tab', input: '\t=1', expected: "'\t=1" },
    { title: 'neutralises a leading carriage return (and quotes it)', input: '\r=1', expected: '"\'\r=1"' },
    { title: 'leaves a negative number as a number', input: -3, expected: '-3' },
    { title: 'leaves a negative number written as text as a number', input: '-3', expected: '-3' },
    { title: 'leaves a signed decimal with an exponent as a number', input: '+1.5e3', expected: '+1.5e3' },
    { title: 'leaves text with = inside alone', input: 'a=b', expected: 'a=b' },
    { title: 'leaves an email address alone', input: 'tech@northstar.example', expected: 'tech@northstar.example' },
  ];
  it.each(cases)('$title', ({ input, expected }) => {
    expect(toCsv([{ v: input }], [['Value', (r) => r.v]])).toBe(`Value\r\n${expected}`);
  });
});
