import { parse } from 'graphql';
import { findNulByte } from './nul-bytes';

describe('findNulByte', () => {
  it.each([
    { title: 'a clean operation', query: '{ assets(text: "OAK") { id } }', variables: {}, expected: null },
    {
      title: 'an inline argument',
      query: '{ assets(text: "OA\\u0000K") { id } }',
      variables: {},
      expected: 'argument "text"',
    },
    {
      title: 'a nested input field',
      query: 'mutation { raiseTicket(input: { subject: "a\\u0000" }) { id } }',
      variables: {},
      expected: 'argument "input"',
    },
    {
      title: 'a variable',
      query: 'query ($t: String) { assets(text: $t) { id } }',
      variables: { t: 'a\u0000' },
      expected: 'variable "$t"',
    },
    {
      title: 'a list inside a variable',
      query: 'query ($i: X) { a(i: $i) }',
      variables: { i: { tags: ['ok', 'b\u0000'] } },
      expected: 'variable "$i"',
    },
    {
      title: "a variable's default value",
      query: 'query ($t: String = "a\\u0000b") { assets(text: $t) { id } }',
      variables: {},
      expected: 'default of variable "$t"',
    },
  ])('finds $title: $expected', ({ query, variables, expected }) => {
    expect(findNulByte(parse(query), variables)).toBe(expected);
  });
});
