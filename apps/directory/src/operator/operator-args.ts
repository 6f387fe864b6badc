/** `pnpm admin create-trust --code RVA --name "Riverside Academies" --director someone@example.org`, read. */
export interface CreateTrustArgs {
  code: string;
  name: string;
  directorEmail: string;
  directorName: string;
}

export const USAGE =
  'Usage: pnpm admin create-trust --code RVA --name "Riverside Academies" --director someone@example.org ' +
  '[--director-name "Sam Jones"]';

/** The command's options, or the line that says what is missing. */
export function parseCreateTrust(argv: string[]): CreateTrustArgs | { error: string } {
  const [command, ...rest] = argv;
  if (command !== 'create-trust') return { error: `Unknown command ${command ?? '(none)'}. ${USAGE}` };
  const options = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (!flag.startsWith('--') || value === undefined || value.startsWith('--'))
      return { error: `${flag} needs a value. ${USAGE}` };
    options.set(flag.slice(2), value);
  }
  const missing = ['code', 'name', 'director'].filter((o) => !options.get(o));
  if (missing.length) return { error: `Missing ${missing.map((m) => `--${m}`).join(', ')}. ${USAGE}` };
  const directorEmail = options.get('director')!;
  return {
    code: options.get('code')!,
    name: options.get('name')!,
    directorEmail,
    // Until they accept, the invitation greets them by the part of their address before the @.
    directorName: options.get('director-name') ?? greeting(directorEmail),
  };
}

const greeting = (email: string) => {
  const local = email.split('@')[0];
  return local.length >= 2 ? local : email;
};
