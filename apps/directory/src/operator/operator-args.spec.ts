import { parseCreateTrust } from './operator-args';

describe('parseCreateTrust', () => {
  it.each([
    {
      title: 'reads the code, the name and the director',
      input: ['create-trust', '--code', 'RVA', '--name', 'Riverside Academies', '--director', 'sam@rva.example'],
      expected: { code: 'RVA', name: 'Riverside Academies', directorEmail: 'sam@rva.example', directorName: 'sam' },
    },
    {
      title: "takes the director's name when given",
      input: ['create-trust', '--code', 'RVA', '--name', 'R', '--director', 'a@b.c', '--director-name', 'Sam Jones'],
      expected: { code: 'RVA', name: 'R', directorEmail: 'a@b.c', directorName: 'Sam Jones' },
    },
    {
      title: 'names what is missing',
      input: ['create-trust', '--code', 'RVA'],
      expected: { error: expect.stringContaining('Missing --name, --director') },
    },
    {
      title: 'refuses another command',
      input: ['drop-trust'],
      expected: { error: expect.stringContaining('Unknown command drop-trust') },
    },
    {
      title: 'refuses a flag without its value',
      input: ['create-trust', '--code', '--name', 'R'],
      expected: { error: expect.stringContaining('--code needs a value') },
    },
  ])('$title', ({ input, expected }) => expect(parseCreateTrust(input)).toEqual(expected));
});
