import { linkTokenOf } from './link-token';

describe('linkTokenOf', () => {
  it.each([
    {
      title: 'reads the token from the fragment',
      input: '#token=dyyPnxpse139B5Cf1yREt6ZGixGBOlsKihrqi4u_5EQ',
      expected: 'dyyPnxpse139B5Cf1yREt6ZGixGBOlsKihrqi4u_5EQ',
    },
    { title: 'finds nothing in an empty fragment', input: '', expected: null },
    { title: 'refuses a token cut short by a mail program', input: '#token=abc', expected: null },
    { title: 'refuses markup', input: '#token=%3Cscript%3Ealert(1)%3C%2Fscript%3E', expected: null },
  ])('$title', ({ input, expected }) => expect(linkTokenOf(input)).toBe(expected));
});
