import { startMailCatcher } from '@trustops/mail';
import { Started } from './local-infra';

export interface LocalMail {
  smtpUrl: string;
  description: string;
}

/** Where `pnpm start` shows the mail it catches. */
export const MAIL_CATCHER_HTTP_PORT = 8025;

/**
 * `pnpm start`'s mail: the SMTP server in SMTP_URL when one is set, else a local catcher that keeps every message
 * and shows it at http://localhost:8025 (and as JSON at /messages.json), so a demo's invitations can be opened.
 * Never in production: nothing would be delivered.
 */
export async function catchMail(started: Started[]): Promise<LocalMail> {
  if (process.env.SMTP_URL)
    return { smtpUrl: process.env.SMTP_URL, description: `sent through ${redacted(process.env.SMTP_URL)}` };
  if (process.env.NODE_ENV === 'production')
    throw new Error('SMTP_URL is not set: in production TrustOps sends mail through a real SMTP server');
  // SMTP on a fixed port, so `pnpm admin create-trust` beside a running `pnpm start` reaches it with no settings.
  const catcher = await startMailCatcher({
    smtpPort: Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025),
    httpPort: Number(process.env.MAIL_CATCHER_PORT ?? MAIL_CATCHER_HTTP_PORT),
  });
  started.push({ name: 'mail catcher', stop: () => catcher.stop() });
  return {
    smtpUrl: catcher.smtpUrl,
    description: `caught locally, read it at http://localhost:${new URL(catcher.httpUrl!).port}`,
  };
}

/** The server without its password, for the start-up banner. */
const redacted = (url: string) => {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
};
