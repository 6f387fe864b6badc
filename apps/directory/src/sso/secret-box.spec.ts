import { randomBytes } from 'node:crypto';
import { SecretBox, secretBoxFrom } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32).toString('base64'));

  it('seals so the secret cannot be read, and opens what it sealed', () => {
    const sealed = box.seal('client-secret-value~with.dots');
    expect(sealed).not.toContain('client-secret');
    expect(sealed.startsWith(`${box.keyId}.`)).toBe(true);
    expect(box.seal('same')).not.toBe(box.seal('same'));
    expect(box.open(sealed)).toBe('client-secret-value~with.dots');
  });

  it('refuses a sealed secret that was changed, or sealed under another key', () => {
    const sealed = box.seal('secret');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('x' + Buffer.from(parts[3], 'base64url').toString('latin1'), 'latin1').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
    const other = new SecretBox(randomBytes(32).toString('base64'));
    expect(() => other.open(sealed)).toThrow(/does not hold/);
  });

  it('needs a 32-byte key, and its own key in production', () => {
    expect(() => new SecretBox(Buffer.alloc(16).toString('base64'))).toThrow(/32 bytes/);
    expect(() => secretBoxFrom({ NODE_ENV: 'production' })).toThrow(/SSO_SECRET_KEY is required/);
    expect(secretBoxFrom({ NODE_ENV: 'test' }).open(secretBoxFrom({}).seal('x'))).toBe('x');
  });
});
