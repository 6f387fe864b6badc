import { badInput, text } from '@trustops/service-kit';

export interface NewTrust {
  code: string;
  name: string;
}

const CODE = /^[A-Z]{2,6}$/;

/**
 * A trust's name and code (2 to 6 capital letters, as ticket numbers show it: NLT-1042), checked and trimmed. A
 * refusal names the field as the caller's input does (`fields`).
 */
export function newTrust(
  input: { code: string; name: string },
  fields: { code: string; name: string } = { code: 'code', name: 'name' },
): NewTrust {
  const code = (input.code ?? '').trim().toUpperCase();
  if (!CODE.test(code))
    throw badInput('A trust code is 2 to 6 letters, e.g. NLT; it starts every ticket number', { field: fields.code });
  return { code, name: text(fields.name, input.name, 'name', { label: 'The trust name' }) };
}
