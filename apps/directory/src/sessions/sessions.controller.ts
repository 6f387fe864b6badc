import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import { badInput, sendHttpError } from '@trustops/service-kit';
import type { Request, Response } from 'express';
import { PUBLIC_URL } from '../people/invitations.service';
import { AuthPayload } from '../users/users.types';
import { clearedSessionCookie, readSessionCookie, secureCookie, sessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

/** The JSON body (every service parses JSON bodies up front), or {} when there is none. */
function jsonBody(req: Request): Record<string, unknown> {
  const body: unknown = req.body ?? {};
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badInput('The body must be a JSON object');
  return body as Record<string, unknown>;
}

/** What the dashboard's session is made of: the same fields as the SessionPayload fragment. */
export const sessionJson = (p: AuthPayload) => ({
  accessToken: p.accessToken,
  expiresAt: p.expiresAt.toISOString(),
  role: p.role,
  user: { id: p.user.id, email: p.user.email, displayName: p.user.displayName },
  trust: { id: p.trust.id, name: p.trust.name, code: p.trust.code },
  memberships: p.memberships.map((m) => ({
    trust: { id: m.trust.id, name: m.trust.name, code: m.trust.code },
    role: m.role,
  })),
});

/**
 * The refresh door (/files/directory/session/…, through the gateway): the refresh token lives in an HttpOnly,
 * SameSite=Strict cookie only these routes receive. Both need a JSON content type, which a form on another site
 * cannot send without the browser asking first.
 */
@Controller('files/session')
export class SessionsController {
  private readonly secure: boolean;

  constructor(
    private readonly sessions: SessionsService,
    @Inject(PUBLIC_URL) publicUrl: string,
  ) {
    this.secure = secureCookie(publicUrl);
  }

  /** Renews the access token (and the cookie); the first call after a sign-in brings the hand-off in the body. */
  @Post('refresh')
  async refresh(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    try {
      this.requireJson(req);
      const body = jsonBody(req);
      const handoff = typeof body.handoff === 'string' ? body.handoff : null;
      const token = handoff ?? readSessionCookie(req.headers.cookie);
      if (!token) throw badInput('No session to renew: sign in');
      const renewed = await this.sessions.renew(token, handoff !== null);
      res.setHeader('set-cookie', sessionCookie(renewed.refreshToken, this.secure));
      res.status(200).json(sessionJson(renewed.payload));
    } catch (error) {
      // A refusal ends the cookie; a fault (a restart) leaves it for the next try.
      const category = (error as { category?: string } | null)?.category ?? '';
      const refused = ['UNAUTHENTICATED', 'BAD_USER_INPUT'].includes(category);
      if (refused) res.setHeader('set-cookie', clearedSessionCookie(this.secure));
      sendHttpError(res, error);
    }
  }

  /** Signs this device out: the session ends and the cookie goes. */
  @Post('end')
  async end(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      this.requireJson(req);
      const token = readSessionCookie(req.headers.cookie);
      if (token) await this.sessions.signOut(token);
      res.setHeader('set-cookie', clearedSessionCookie(this.secure));
      res.status(204).end();
    } catch (error) {
      sendHttpError(res, error);
    }
  }

  private requireJson(req: Request): void {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
      throw badInput('Send Content-Type: application/json');
  }
}
