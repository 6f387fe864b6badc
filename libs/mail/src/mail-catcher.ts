import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';

/** A message as the catcher shows it: who it was for, what it said and the links in it. */
export interface CaughtMail {
  id: number;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  links: string[];
}

export interface MailCatcher {
  smtpUrl: string;
  /** The list page and `/messages.json`, when an HTTP port was asked for. */
  httpUrl: string | null;
  messages(): CaughtMail[];
  /** The first message (oldest first) that `match` accepts, waiting for it up to `timeoutMs`. */
  waitFor(match: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  stop(): Promise<void>;
}

/** Keeps the newest this many: a demo left running for weeks must not grow without end. */
const KEPT = 500;
const LINK = /https?:\/\/[^\s<>"')]+/g;

export const linksIn = (text: string): string[] => [...new Set(text.match(LINK) ?? [])];

const readAll = async (stream: AsyncIterable<Buffer>): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function listPage(mails: CaughtMail[]): string {
  const rows = mails
    .slice()
    .reverse()
    .map(
      (m) =>
        `<article><h2>${escapeHtml(m.subject)}</h2><p>To ${escapeHtml(m.to.join(', '))} · ${m.receivedAt}</p>` +
        `<pre>${escapeHtml(m.text).replace(LINK, (url) => `<a href="${url}">${url}</a>`)}</pre></article>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TrustOps mail</title>
<meta name="viewport" content="width=device-width"><style>body{font:16px system-ui;margin:1rem;max-width:60rem}
pre{white-space:pre-wrap;background:#f4f4f4;padding:.5rem}</style></head><body><h1>Mail TrustOps sent (${mails.length})</h1>
<p>Caught locally: nothing here left this machine. JSON: <a href="/messages.json">/messages.json</a></p>${rows || '<p>No mail yet.</p>'}</body></html>`;
}

/**
 * A local SMTP server that keeps what it is sent, for development and tests (never production): `pnpm start`
 * runs one when no SMTP_URL is set and shows the mail on its HTTP port.
 */
export async function startMailCatcher(options: { smtpPort?: number; httpPort?: number } = {}): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  let next = 1;
  const waiters = new Set<() => void>();
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      readAll(stream)
        .then((raw) => PostalMime.parse(raw))
        .then((parsed) => {
          const text = parsed.text ?? '';
          mails.push({
            id: next++,
            receivedAt: new Date().toISOString(),
            from: parsed.from?.address ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text,
            links: linksIn(text),
          });
          if (mails.length > KEPT) mails.splice(0, mails.length - KEPT);
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => smtp.listen(options.smtpPort ?? 0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  let http: Server | null = null;
  if (options.httpPort !== undefined) {
    http = createServer((req, res) => {
      if (req.url === '/messages.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(mails));
      } else if (req.url === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(listPage(mails));
      } else {
        res.writeHead(404).end();
      }
    });
    const server = http;
    await new Promise<void>((resolve) => server.listen(options.httpPort, '127.0.0.1', resolve));
  }

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    httpUrl: http ? `http://127.0.0.1:${(http.address() as AddressInfo).port}` : null,
    messages: () => mails.slice(),
    waitFor(match, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = mails.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No such mail within ${timeoutMs} ms (${mails.length} caught)`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      if (http) await new Promise<void>((resolve) => http!.close(() => resolve()));
    },
  };
}
