import { tokenRefused, wondeUnavailable } from './wonde.errors';

/** The fields TrustOps reads of a Wonde school (docs.wonde.com; wondeltd/php-client). */
export interface WondeSchool {
  id: string;
  name: string;
  urn: number | string | null;
}

export interface WondeEmployee {
  id: string;
  forename: string | null;
  surname: string | null;
  legal_forename?: string | null;
  legal_surname?: string | null;
  employment_details?: { data?: { current?: boolean; role_text?: string | null } | null };
  contact_details?: { data?: { emails?: { email?: string | null; work?: string | null } | null } | null };
}

export interface WondeDeletion {
  type: string;
  id: string;
}

export type SchoolAnswer<T> = { ok: true; items: T[] } | { ok: false; status: number };

interface Page<T> {
  data: T[];
  meta?: { pagination?: { next?: string | null; more?: boolean } };
}

export interface WondeClientOptions {
  baseUrl: string;
  token: string;
  /** Waits at most this long for a 429's Retry-After (seconds); longer, and the fetch gives up. */
  maxRetryAfter?: number;
  retries?: number;
  timeoutMs?: number;
}

const PER_PAGE = 200;

/** `updated_after` as Wonde takes it: `2016-06-24 00:00:00` (UTC). */
export const wondeTime = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');

/**
 * Reads Wonde (REST, a bearer token per integration): the schools that approved it, and per school its employees
 * and their deletions, every page (`meta.pagination.next` while `more`). A 429 waits out its Retry-After and asks
 * again; anything else that fails throws WONDE_UNAVAILABLE, so a fetch is whole or nothing. A school that no longer
 * lets the integration in (403, 404) is answered as such, for the caller to treat the feed as partial.
 */
export class WondeClient {
  private readonly origin: string;

  constructor(private readonly o: WondeClientOptions) {
    this.origin = new URL(o.baseUrl).origin;
  }

  async schools(): Promise<WondeSchool[]> {
    const answer = await this.all<WondeSchool>(`${this.o.baseUrl}/schools?per_page=${PER_PAGE}`);
    if (!answer.ok) throw wondeUnavailable(`schools answered ${answer.status}`);
    return answer.items;
  }

  employees(schoolId: string, updatedAfter?: Date): Promise<SchoolAnswer<WondeEmployee>> {
    const url = new URL(`${this.o.baseUrl}/schools/${encodeURIComponent(schoolId)}/employees`);
    url.searchParams.set('include', 'employment_details,contact_details');
    url.searchParams.set('per_page', String(PER_PAGE));
    if (updatedAfter) url.searchParams.set('updated_after', wondeTime(updatedAfter));
    return this.all(url.toString());
  }

  deletions(schoolId: string, updatedAfter: Date): Promise<SchoolAnswer<WondeDeletion>> {
    const url = new URL(`${this.o.baseUrl}/schools/${encodeURIComponent(schoolId)}/deletions`);
    url.searchParams.set('type', 'employee');
    url.searchParams.set('per_page', String(PER_PAGE));
    url.searchParams.set('updated_after', wondeTime(updatedAfter));
    return this.all(url.toString());
  }

  private async all<T>(first: string): Promise<SchoolAnswer<T>> {
    const items: T[] = [];
    let next: string | null = first;
    while (next) {
      // A `next` elsewhere than Wonde's own address is not followed (the token would go with it).
      if (new URL(next).origin !== this.origin) throw wondeUnavailable('a page pointed elsewhere');
      const answer: { ok: true; body: Page<T> } | { ok: false; status: number } = await this.get<Page<T>>(next);
      if (!answer.ok) return answer;
      items.push(...(answer.body.data ?? []));
      const pagination: { next?: string | null; more?: boolean } | undefined = answer.body.meta?.pagination;
      next = pagination?.more && pagination.next ? pagination.next : null;
    }
    return { ok: true, items };
  }

  private async get<B>(url: string, attempt = 0): Promise<{ ok: true; body: B } | { ok: false; status: number }> {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `Bearer ${this.o.token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 30_000),
        redirect: 'error',
      });
    } catch {
      throw wondeUnavailable('no answer');
    }
    if (response.status === 401) throw tokenRefused();
    if (response.status === 429 && attempt < (this.o.retries ?? 5)) {
      const wait = Number(response.headers.get('retry-after') ?? 1);
      if (!(wait <= (this.o.maxRetryAfter ?? 60))) throw wondeUnavailable('rate limited for too long');
      await new Promise((resolve) => setTimeout(resolve, Math.max(wait, 0.1) * 1000));
      return this.get(url, attempt + 1);
    }
    if (response.status === 403 || response.status === 404) return { ok: false, status: response.status };
    if (!response.ok) throw wondeUnavailable(`answered ${response.status}`);
    try {
      return { ok: true, body: (await response.json()) as B };
    } catch {
      throw wondeUnavailable('an unreadable answer');
    }
  }
}
