import { domainOf, ssoStartUrl } from './use-sign-in-options';

describe('domainOf', () => {
  it.each([
    ['jo@Northstar.example', 'northstar.example'],
    [' jo@school.org.uk ', 'school.org.uk'],
    ['jo@school', null],
    ['jo@school.o', null],
    ['jo', null],
    ['jo@@school.org', null],
  ])('%s → %s', (email, domain) => {
    expect(domainOf(email)).toBe(domain);
  });
});

describe('ssoStartUrl', () => {
  it("names the provider and carries the email as the provider's hint", () => {
    expect(ssoStartUrl('p-1', ' jo+it@school.org.uk ')).toBe(
      '/files/directory/sso/start?provider=p-1&email=jo%2Bit%40school.org.uk',
    );
  });
});
