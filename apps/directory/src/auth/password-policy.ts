import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { PeopleError, peopleErrors } from '../people/people.errors';

export const PASSWORD_MIN = 12;
/** Long passphrases are welcome; the cap only keeps argon2's input bounded. */
export const PASSWORD_MAX = 128;

// Built once: the dictionaries are large and the factory is pure after construction.
const zxcvbn = new ZxcvbnFactory({
  translations: english.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...english.dictionary },
});

const weak = (message: string) => peopleErrors.error('PASSWORD_TOO_WEAK', message, { field: 'password' });

/**
 * Refuses a password that is too short, too long or easy to guess (zxcvbn score under 3: "safely unguessable",
 * about 10^8 guesses), with zxcvbn's own advice. `personal` holds the person's name, email and trust, which a
 * password must not lean on.
 */
export function refuseWeakPassword(password: string, personal: string[] = []): PeopleError | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN)
    return weak(`Use at least ${PASSWORD_MIN} characters; a few unrelated words make a strong, memorable password`);
  if (length > PASSWORD_MAX) return weak(`Use at most ${PASSWORD_MAX} characters`);
  const words = personal.flatMap((p) => p.toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length >= 2);
  // zxcvbn prices a name plus a number at just over its line (sam + okafor + 123 ≈ 10^8 guesses): what is left
  // once the person's own words are taken out must stand on its own.
  if (withoutWords(password, words).length < 8)
    return weak('Do not build your password from your name, email or trust: add a few words of your own');
  const result = zxcvbn.check(password, words);
  if (result.score >= 3) return null;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return weak(`That password is easy to guess. ${advice || 'Add another word or two.'}`.trim());
}

/** The password without any of `words` (case-insensitive) and the separators around them. */
function withoutWords(password: string, words: string[]): string {
  let rest = password.toLowerCase();
  for (const word of [...words].sort((a, b) => b.length - a.length)) rest = rest.split(word).join('');
  return rest.replace(/[\s._-]+/g, '');
}
