import { clientAddressGroup } from './client-address';

describe('clientAddressGroup', () => {
  const cases: { title: string; input: string; expected: string }[] = [
    { title: 'keeps an IPv4 address whole', input: '198.51.100.10', expected: '198.51.100.10' },
    {
      title: 'keeps an IPv4-mapped IPv6 address whole, as its IPv4 address',
      input: '::ffff:198.51.100.10',
      expected: '198.51.100.10',
    },
    {
      title: 'reads an IPv4-mapped address written in hex and in full',
      input: '0:0:0:0:0:FFFF:c633:640a',
      expected: '198.51.100.10',
    },
    {
      title: 'groups an IPv6 address by its /64',
      input: '2001:db8:1:2:aaaa:bbbb:cccc:dddd',
      expected: '2001:db8:1:2::/64',
    },
    { title: 'puts two addresses of one /64 in one group', input: '2001:db8:1:2::7', expected: '2001:db8:1:2::/64' },
    {
      title: 'expands :: inside the /64 and ignores case and leading zeros',
      input: '2001:0DB8::1:0:0:1',
      expected: '2001:db8:0:0::/64',
    },
    { title: 'reads an IPv6 address in brackets with a zone', input: '[fe80::1%eth0]', expected: 'fe80:0:0:0::/64' },
    { title: 'groups the IPv6 loopback', input: '::1', expected: '0:0:0:0::/64' },
    { title: 'returns anything that is not an IP address as given', input: 'unknown', expected: 'unknown' },
  ];

  it.each(cases)('$title', ({ input, expected }) => {
    expect(clientAddressGroup(input)).toBe(expected);
  });
});
