import { fieldOf } from './field-error';
import { ApiError } from './graphql';

describe('fieldOf', () => {
  it.each([
    {
      title: 'a too-long title names the title field',
      error: new ApiError('BAD_USER_INPUT', 'The title must be 1 to 200 characters', { field: 'title' }),
      expected: 'title',
    },
    {
      title: "a range refused at its end names the form's end date through an alias",
      error: new ApiError('BAD_USER_INPUT', '"to" must be on or after "from"', { field: 'to' }),
      expected: 'endsOn',
    },
    {
      title: "a field inside the input is named by the input's field",
      error: new ApiError('BAD_USER_INPUT', 'bad', { field: 'input.urn' }),
      expected: 'urn',
    },
    {
      title: 'one entry of a list names the list',
      error: new ApiError('BAD_USER_INPUT', 'The sites.1 must be 2 to 120 characters', { field: 'sites.1' }),
      expected: 'sites',
    },
    { title: 'a refusal about no field names none', error: new ApiError('FORBIDDEN', 'no'), expected: null },
    { title: 'no error names no field', error: null, expected: null },
  ])('$title', ({ error, expected }) => {
    expect(fieldOf(error, { to: 'endsOn' })).toBe(expected);
  });
});
