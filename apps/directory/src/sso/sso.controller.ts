import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { clientAddress, clientAddressGroup } from '../auth/client-address';
import { hashToken, newLinkToken } from '../people/link-token';
import { readSessionCookie, secureCookie, sessionCookie, SSO_COOKIE, ssoCookie } from '../sessions/session-cookie';
import { SessionsService } from '../sessions/sessions.service';
import { SSO_SETTINGS, SsoSettings } from './identity-providers.service';
import { SsoFlowService } from './sso-flow.service';

const ATTEMPT_MS = 600_000;

/**
 * The two legs of single sign-on the browser walks (/files/directory/sso/…, through the gateway): out to the
 * provider, and back. The way out leaves a cookie only the way back accepts, so a sign-in finishes only in the
 * browser that began it; the way back sets the session cookie itself (no token ever rides in a URL) and sends the
 * browser to the dashboard's /sso page, with a coded refusal and its message in the fragment when refused.
 */
@Controller('files/sso')
export class SsoController {
  private readonly logger = new Logger(SsoController.name);

  private readonly secure: boolean;

  constructor(
    private readonly flow: SsoFlowService,
    private readonly sessions: SessionsService,
    @Inject(SSO_SETTINGS) private readonly settings: SsoSettings,
  ) {
    this.secure = secureCookie(settings.publicUrl);
  }

  @Get('start')
  async start(@Req() req: Request, @Res() res: Response): Promise<void> {
    const query = new URL(req.originalUrl, 'http://x').searchParams;
    await this.answer(res, async () => {
      const email = query.get('email')?.trim().slice(0, 254) || undefined;
      const browser = newLinkToken();
      const address = clientAddressGroup(clientAddress({ req }));
      const test = query.get('test')?.slice(0, 100) || undefined;
      const out = await this.flow.start(String(query.get('provider') ?? ''), browser.hash, address, email, test);
      res.setHeader('set-cookie', ssoCookie(browser.token, this.secure, ATTEMPT_MS));
      return out.href;
    });
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const callback = new URL(this.settings.redirectUri);
    callback.search = new URL(req.originalUrl, 'http://x').search;
    const browser = readSessionCookie(req.headers.cookie, SSO_COOKIE);
    await this.answer(res, async () => {
      const finished = await this.flow.finish(callback, browser ? hashToken(browser) : null);
      if ('test' in finished) {
        res.setHeader('set-cookie', ssoCookie('', this.secure, 0));
        return this.landing({ test: '1', ...finished.test });
      }
      const renewed = await this.sessions.renew(finished.handoff, true);
      res.setHeader('set-cookie', [sessionCookie(renewed.refreshToken, this.secure), ssoCookie('', this.secure, 0)]);
      return this.landing();
    });
  }

  private async answer(res: Response, where: () => Promise<string>): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    let location: string;
    try {
      location = await where();
    } catch (error) {
      const e = error as { code?: string; message?: string; details?: { trust?: string } };
      if (!e.code) this.logger.error({ reason: String(error) }, 'single sign-on failed');
      location = this.landing({
        error: e.code ?? 'SERVICE_UNAVAILABLE',
        message: e.code ? (e.message ?? '') : 'Signing in could not finish; try again in a moment.',
        ...(e.details?.trust ? { trust: e.details.trust } : {}),
      });
    }
    res.redirect(302, location);
  }

  /** The dashboard's /sso page; a refusal rides in its fragment. */
  private landing(refusal?: Record<string, string>): string {
    const page = `${this.settings.publicUrl.replace(/\/+$/, '')}/sso`;
    return refusal ? `${page}#${new URLSearchParams(refusal)}` : page;
  }
}
