import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SSO_SETTINGS, SsoSettings } from './identity-providers.service';
import { SsoFlowService } from './sso-flow.service';

/**
 * The two legs of single sign-on the browser walks (/files/directory/sso/…, through the gateway): out to the
 * provider, and back. Both end in a redirect; the dashboard's /sso page reads the outcome from the fragment
 * (never sent to a server or in a Referer): a session hand-off, or a coded refusal with its message.
 */
@Controller('files/sso')
export class SsoController {
  private readonly logger = new Logger(SsoController.name);

  constructor(
    private readonly flow: SsoFlowService,
    @Inject(SSO_SETTINGS) private readonly settings: SsoSettings,
  ) {}

  @Get('start')
  async start(@Req() req: Request, @Res() res: Response): Promise<void> {
    const query = new URL(req.originalUrl, 'http://x').searchParams;
    await this.answer(res, async () => {
      const email = query.get('email')?.trim().slice(0, 254) || undefined;
      return (await this.flow.start(String(query.get('provider') ?? ''), email)).href;
    });
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const callback = new URL(this.settings.redirectUri);
    callback.search = new URL(req.originalUrl, 'http://x').search;
    await this.answer(res, async () => this.landing({ handoff: await this.flow.finish(callback) }));
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

  private landing(outcome: Record<string, string>): string {
    return `${this.settings.publicUrl.replace(/\/+$/, '')}/sso#${new URLSearchParams(outcome)}`;
  }
}
