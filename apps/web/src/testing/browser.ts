import { Browser, chromium, Page } from 'playwright-core';
import { MailCatcher, startMailCatcher } from '@trustops/mail';
import { startStack, TestStack } from '@trustops/testing';
import { freePort } from '@trustops/launcher';
import { startWeb } from './start-web';

/** Debian's Chromium, headless, with the flags this machine's closed network needs (Playwright makes a fresh profile). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Waits until `count()` equals `expected`, reporting the last value seen when it never does. */
export async function waitForCount(count: () => Promise<number>, expected: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  while (Date.now() < deadline) {
    last = await count();
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${expected}, still ${last} after ${timeoutMs} ms`);
}

export async function signInAs(page: Page, baseUrl: string, email: string, password = 'trustops-demo'): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export interface BrowserStack {
  stack: TestStack;
  web: { url: string; close(): Promise<void> };
  browser: Browser;
  /** Every mail the stack sends (invitations, notifications), caught locally. */
  mail: MailCatcher;
  stop(): Promise<void>;
}

export interface BrowserStackOptions {
  seed?: boolean;
  /** More settings for the backend, read when the stack starts (after the file's earlier beforeAll hooks). */
  env?: () => Record<string, string>;
}

/**
 * The backend with demo data, the dashboard in Vite and a headless Chromium: what every browser test needs. The
 * backend's PUBLIC_URL is the dashboard's address, so emailed links and single sign-on come back to it.
 */
export async function startBrowserStack({ seed = true, env }: BrowserStackOptions = {}): Promise<BrowserStack> {
  const mail = await startMailCatcher();
  const port = await freePort();
  const stack = await startStack({
    env: { SMTP_URL: mail.smtpUrl, PUBLIC_URL: `http://127.0.0.1:${port}`, ...env?.() },
    seed,
  });
  const web = await startWeb({ gatewayUrl: stack.gatewayUrl, port });
  const browser = await launchBrowser();
  return {
    stack,
    web,
    browser,
    mail,
    async stop() {
      await browser.close();
      await web.close();
      await stack.stop();
      await mail.stop();
    },
  };
}

/**
 * The browser stack for one test file: started before its tests, stopped after. Read `env.browser`, `env.web`,
 * `env.stack` inside tests.
 */
export function browserStackForFile(options: BrowserStackOptions = {}): BrowserStack {
  let started: BrowserStack | undefined;
  beforeAll(async () => {
    started = await startBrowserStack(options);
  }, 120_000);
  afterAll(() => started?.stop());
  const get = () => {
    if (!started) throw new Error('The browser stack starts in beforeAll');
    return started;
  };
  return {
    get stack() {
      return get().stack;
    },
    get web() {
      return get().web;
    },
    get browser() {
      return get().browser;
    },
    get mail() {
      return get().mail;
    },
    stop: () => get().stop(),
  };
}
