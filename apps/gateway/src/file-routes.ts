import { ServiceSpec, SUBGRAPHS } from '@trustops/launcher';
import type { KitCode } from './kit-codes';

export type FileRoute =
  | { ok: true; service: string; path: string; cookies: boolean }
  | { ok: false; status: 400 | 404; code: Extract<KitCode, 'BAD_REQUEST' | 'NOT_FOUND'>; message: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Unreserved characters only (RFC 3986). No `%` at all rules out every encoding of a dot, slash or backslash,
 * and double encodings with them; none of the declared routes needs one.
 */
const PLAIN_SEGMENT = /^[A-Za-z0-9._~-]+$/;
const DOTS_ONLY = /^\.+$/;

const matches = (route: string, method: string, segments: string[]): boolean => {
  const [routeMethod, routePath] = route.split(' ');
  const parts = routePath.split('/');
  return (
    routeMethod === method &&
    parts.length === segments.length &&
    parts.every((part, i) => (part === ':uuid' ? UUID.test(segments[i]) : part === segments[i]))
  );
};

/**
 * Decides, from the raw path under /files (not decoded, not normalised), whether the door may forward it: only a
 * route its service declares in SUBGRAPHS (an allow-list), so `support-desk/../graphql` never reaches the desk.
 */
export function fileRoute(method: string, rawPath: string, services: ServiceSpec[] = SUBGRAPHS): FileRoute {
  const segments = rawPath.replace(/^\//, '').split('/');
  if (segments.some((segment) => !PLAIN_SEGMENT.test(segment) || DOTS_ONLY.test(segment))) {
    return {
      ok: false,
      status: 400,
      code: 'BAD_REQUEST',
      message:
        'A /files path is plain names separated by single slashes: no dot segments, percent-encoding, backslashes or empty parts',
    };
  }
  const [service, ...rest] = segments;
  const spec = services.find((s) => s.name === service);
  if (!spec?.files?.some((route) => matches(route, method, rest))) {
    return {
      ok: false,
      status: 404,
      code: 'NOT_FOUND',
      message: `No such file route: ${method} /files/${segments.join('/')}`,
    };
  }
  const cookies = spec.cookieRoutes?.some((route) => matches(route, method, rest)) ?? false;
  return { ok: true, service, path: rest.join('/'), cookies };
}
