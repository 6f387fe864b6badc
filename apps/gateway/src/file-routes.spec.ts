import { fileRoute } from './file-routes';

const ID = '0b9c3c0e-5d1f-4c1a-9e51-1f7f0c2b6a11';

describe('fileRoute', () => {
  const cases: { title: string; input: [string, string]; expected: string }[] = [
    { title: 'forwards an upload', input: ['POST', '/support-desk/attachments'], expected: 'support-desk attachments' },
    {
      title: 'forwards a download by id',
      input: ['GET', `/support-desk/attachments/${ID}`],
      expected: `support-desk attachments/${ID}`,
    },
    {
      title: 'forwards the ticket stream',
      input: ['GET', '/support-desk/tickets-live'],
      expected: 'support-desk tickets-live',
    },
    {
      title: 'forwards the board pack',
      input: ['GET', '/leadership-reporting/board-pack'],
      expected: 'leadership-reporting board-pack',
    },
    {
      title: 'forwards the board stream',
      input: ['GET', '/leadership-reporting/board-live'],
      expected: 'leadership-reporting board-live',
    },
    {
      title: 'refuses a route its service does not declare',
      input: ['GET', '/support-desk/graphql'],
      expected: '404 NOT_FOUND',
    },
    {
      title: 'refuses a declared path with another method',
      input: ['DELETE', `/support-desk/attachments/${ID}`],
      expected: '404 NOT_FOUND',
    },
    {
      title: 'refuses a download whose id is not a uuid',
      input: ['GET', '/support-desk/attachments/passwd'],
      expected: '404 NOT_FOUND',
    },
    {
      title: 'refuses a route a service does not declare',
      input: ['GET', '/directory/ready'],
      expected: '404 NOT_FOUND',
    },
    {
      title: 'refuses a service with no file routes',
      input: ['GET', '/change-management/x'],
      expected: '404 NOT_FOUND',
    },
    { title: 'refuses an unknown service', input: ['GET', '/nowhere/x'], expected: '404 NOT_FOUND' },
    { title: 'refuses a name from Object.prototype', input: ['GET', '/constructor/x'], expected: '404 NOT_FOUND' },
    { title: 'refuses a service alone', input: ['GET', '/support-desk'], expected: '404 NOT_FOUND' },
    { title: 'refuses ..', input: ['GET', '/support-desk/../graphql'], expected: '400 BAD_REQUEST' },
    { title: 'refuses .', input: ['GET', '/support-desk/./tickets-live'], expected: '400 BAD_REQUEST' },
    { title: 'refuses ...', input: ['GET', '/support-desk/.../graphql'], expected: '400 BAD_REQUEST' },
    { title: 'refuses %2e%2e', input: ['GET', '/support-desk/%2e%2e/graphql'], expected: '400 BAD_REQUEST' },
    { title: 'refuses .%2E', input: ['GET', '/support-desk/.%2E/graphql'], expected: '400 BAD_REQUEST' },
    {
      title: 'refuses an encoded slash',
      input: ['GET', '/support-desk/attachments%2F..%2F..%2Fgraphql'],
      expected: '400 BAD_REQUEST',
    },
    {
      title: 'refuses an encoded backslash',
      input: ['GET', '/support-desk/..%5cgraphql'],
      expected: '400 BAD_REQUEST',
    },
    { title: 'refuses a backslash', input: ['GET', '/support-desk/..\\graphql'], expected: '400 BAD_REQUEST' },
    {
      title: 'refuses double encoding',
      input: ['GET', '/support-desk/%252e%252e/graphql'],
      expected: '400 BAD_REQUEST',
    },
    { title: 'refuses an empty segment', input: ['GET', '/support-desk//tickets-live'], expected: '400 BAD_REQUEST' },
    { title: 'refuses a trailing slash', input: ['GET', '/support-desk/tickets-live/'], expected: '400 BAD_REQUEST' },
    {
      title: 'refuses a path parameter',
      input: ['GET', '/support-desk/tickets-live;x=..'],
      expected: '400 BAD_REQUEST',
    },
  ];
  it.each(cases)('$title', ({ input: [method, path], expected }) => {
    const route = fileRoute(method, path);
    expect(route.ok ? `${route.service} ${route.path}` : `${route.status} ${route.code}`).toBe(expected);
  });

  it('passes cookies only on the routes declared to take them: the session door', () => {
    expect(fileRoute('POST', '/directory/session/refresh')).toMatchObject({ ok: true, cookies: true });
    expect(fileRoute('POST', '/directory/session/end')).toMatchObject({ ok: true, cookies: true });
    expect(fileRoute('GET', '/directory/session/refresh')).toMatchObject({ ok: false, status: 404 });
    expect(fileRoute('POST', '/support-desk/attachments')).toMatchObject({ ok: true, cookies: false });
  });
});
