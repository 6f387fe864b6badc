import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Wonde API (https://api.wonde.com/v1.0/), answering as its public documentation and
 * official clients show, since the real one cannot be reached from here:
 * - `Authorization: Bearer <token>` (docs.wonde.com/docs/api/sync, "Authentication");
 * - `GET schools/` lists the schools that approved the integration; a school object carries `id`, `name`, `urn`,
 *   `la_code`, `establishment_number`, `mis` (wondeltd/php-client src/Endpoints/Schools.php; a captured
 *   `schools/A1930499544` response in ChrisLightfootWild/wonde-php-client tests/Fixtures);
 * - `GET schools/{id}/employees/?include=employment_details,contact_details` with relations wrapped in `{ data }`
 *   (`employment_details.data.current`, `role_text`; `contact_details.data.emails.work`), and `updated_after`
 *   in the form `2016-06-24 00:00:00` (the official clients' readmes);
 * - `GET schools/{id}/deletions/?type=employee&updated_after=…` with `type`, `id`, `mis_id`, `deleted_at`,
 *   `restored_at` (php-client src/Endpoints/Deletions.php);
 * - pages as `meta.pagination { next, previous, more, per_page, current_page }`, `next` an absolute URL
 *   (docs.wonde.com/docs/api/1.0, "Pagination"), 50 a page unless `per_page` is sent.
 * Wonde's documentation does not describe its rate limit; this server answers 429 with a standard Retry-After
 * when told to, and 403 for a school that has not approved (or has revoked) the integration.
 */
export interface WondeEmployee {
  id: string;
  misId?: string;
  forename: string;
  surname: string;
  email: string | null;
  roleText?: string;
  current?: boolean;
  updatedAt?: Date;
}

export interface WondeSchool {
  id: string;
  name: string;
  urn: number;
  employees: WondeEmployee[];
  deletions?: { id: string; misId?: string; deletedAt: Date }[];
  approved?: boolean;
}

export interface WondeServer {
  url: string;
  token: string;
  schools: WondeSchool[];
  /** Answer the next `n` requests with 429 and Retry-After: 1. */
  rateLimitNext(n?: number): void;
  /** Answer 500 from the `n`th request on (a page that fails half way); null to stop. */
  failFrom(n: number | null): void;
  requests: string[];
  stop(): Promise<void>;
}

const wondeDate = (d: Date) => ({
  date: d.toISOString().replace('T', ' ').replace('Z', '000'),
  timezone_type: 3,
  timezone: 'UTC',
});
const fromUpdatedAfter = (value: string | null) => (value ? new Date(`${value.replace(' ', 'T')}Z`) : null);

export async function startWondeServer(token = 'wonde-test-token'): Promise<WondeServer> {
  let limited = 0;
  let failAt: number | null = null;
  const requests: string[] = [];
  const state: WondeServer = {
    url: '',
    token,
    schools: [],
    rateLimitNext: (n = 1) => (limited = n),
    failFrom: (n) => (failAt = n === null ? null : requests.length + n),
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const page = (req: IncomingMessage, url: URL, all: unknown[]) => {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 50), 200);
    const current = Number(url.searchParams.get('page') ?? 1);
    const data = all.slice((current - 1) * perPage, current * perPage);
    const more = current * perPage < all.length;
    const link = (n: number) => {
      const next = new URL(url);
      next.searchParams.set('page', String(n));
      return next.toString();
    };
    return {
      data,
      meta: {
        pagination: {
          next: more ? link(current + 1) : null,
          previous: current > 1 ? link(current - 1) : null,
          more,
          per_page: perPage,
          current_page: current,
        },
      },
    };
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', state.url);
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { error: 'Unauthenticated.' });
    if (limited > 0) {
      limited--;
      return send(res, 429, { error: 'Too Many Attempts.' }, { 'retry-after': '1' });
    }
    if (failAt !== null && requests.length >= failAt) return send(res, 500, { error: 'Server Error' });
    const parts = url.pathname
      .replace(/^\/v1\.0\//, '')
      .replace(/\/$/, '')
      .split('/');
    if (parts.length === 1 && parts[0] === 'schools') {
      const approved = state.schools.filter((s) => s.approved !== false);
      return send(res, 200, page(req, url, approved.map(schoolObject)));
    }
    const school = state.schools.find((s) => s.id === parts[1]);
    if (parts[0] !== 'schools' || !school) return send(res, 404, { error: 'Not found.' });
    if (school.approved === false) return send(res, 403, { error: 'Forbidden.' });
    const after = fromUpdatedAfter(url.searchParams.get('updated_after'));
    if (parts[2] === 'employees') {
      const changed = school.employees.filter((e) => !after || (e.updatedAt ?? new Date(0)) > after);
      return send(res, 200, page(req, url, changed.map(employeeObject)));
    }
    if (parts[2] === 'deletions') {
      const deleted = (school.deletions ?? []).filter(
        (d) => (!after || d.deletedAt > after) && (url.searchParams.get('type') ?? 'employee') === 'employee',
      );
      return send(
        res,
        200,
        page(
          req,
          url,
          deleted.map((d) => ({
            type: 'employee',
            id: d.id,
            mis_id: d.misId ?? d.id,
            deleted_at: wondeDate(d.deletedAt),
            restored_at: null,
          })),
        ),
      );
    }
    return send(res, 404, { error: 'Not found.' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
  return state;
}

const schoolObject = (s: WondeSchool) => ({
  id: s.id,
  name: s.name,
  establishment_number: String(s.urn % 10000),
  urn: s.urn,
  phase_of_education: 'PRIMARY',
  la_code: '383',
  timezone: 'Europe/London',
  mis: 'SIMS',
  region: { code: 'GBR', domain: 'api.wonde.com', identifiers: { urn: s.urn } },
});

const employeeObject = (e: WondeEmployee) => ({
  id: e.id,
  upi: `upi-${e.id}`,
  mis_id: e.misId ?? e.id.replace(/\D/g, ''),
  title: null,
  initials: e.forename.slice(0, 1),
  surname: e.surname,
  forename: e.forename,
  middle_names: null,
  legal_surname: e.surname,
  legal_forename: e.forename,
  gender: null,
  date_of_birth: null,
  restored_at: null,
  created_at: wondeDate(new Date('2025-09-01T00:00:00Z')),
  updated_at: wondeDate(e.updatedAt ?? new Date('2025-09-01T00:00:00Z')),
  employment_details: {
    data: {
      current: e.current ?? true,
      teaching_staff: /teacher/i.test(e.roleText ?? ''),
      employment_start_date: wondeDate(new Date('2020-09-01T00:00:00Z')),
      employment_end_date: null,
      role_text: e.roleText ?? 'Teacher',
    },
  },
  contact_details: {
    data: { emails: { email: e.email, primary: e.email, home: null, work: e.email } },
  },
});
