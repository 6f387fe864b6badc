import { checkOutboundUrl, checkResolved } from './outbound-url';

const refused = () => new Error('refused');

describe('outbound addresses', () => {
  it('takes https, and loopback http only outside production', () => {
    expect(checkOutboundUrl('https://mis.example.org/x.zip', true, 'f', 'file').host).toBe('mis.example.org');
    expect(checkOutboundUrl('http://127.0.0.1:8080/x.zip', false, 'f', 'file').port).toBe('8080');
    expect(() => checkOutboundUrl('http://127.0.0.1/x.zip', true, 'f', 'file')).toThrow('https URL');
    expect(() => checkOutboundUrl('https://10.0.0.5/x.zip', true, 'f', 'file')).toThrow('public address');
  });

  it('in production refuses a name or literal that resolves inside, and takes a public one', async () => {
    for (const literal of ['https://169.254.169.254/', 'https://[::1]/', 'https://[fd00::1]/', 'https://224.0.0.1/'])
      await expect(checkResolved(new URL(literal), true, refused)).rejects.toThrow('refused');
    await expect(checkResolved(new URL('https://localhost/'), true, refused)).rejects.toThrow('refused');
    await expect(checkResolved(new URL('https://93.184.215.14/'), true, refused)).resolves.toBeUndefined();
    await expect(checkResolved(new URL('https://127.0.0.1/'), false, refused)).resolves.toBeUndefined();
  });
});
