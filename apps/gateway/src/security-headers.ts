import helmet from 'helmet';

/**
 * Browser headers on every answer: nosniff, never framed (CSP frame-ancestors and the older X-Frame-Options),
 * no referrer. The answers are JSON, so nothing may load (default-src 'none'). Helmet only sets headers: it
 * neither compresses nor buffers, so the /files live streams still flow as written.
 */
export const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });

/** /graphql keeps only the framing rule: outside production a browser's GET shows Apollo's landing page, which loads its own scripts. */
export const graphqlHeaders = () =>
  helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: { defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc, frameAncestors: ["'none'"] },
  });

/** What /files serves (attachments, the board pack) is someone's upload or a report: opened directly, it may not run script. */
export const filesHeaders = () =>
  helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], sandbox: [] },
  });
