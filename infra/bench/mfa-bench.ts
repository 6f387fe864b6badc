import { Client } from 'pg';
import { gql, signIn } from '@trustops/testing';
import { codeAt, newTotpSecret } from '../../apps/directory/src/mfa/totp';
import { percentile } from './stats';

const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }`;
const VERIFY = `mutation ($challenge: String!, $code: String!) { verifySignIn(challenge: $challenge, code: $code) { accessToken } }`;

export interface MfaBench {
  samples: number;
  password: { p50: number; p95: number };
  withMfa: { p50: number; p95: number };
}

/**
 * Sign-in through the gateway, password alone and with an authenticator code (signIn → MFA_REQUIRED, then
 * verifySignIn): `users` Northstar executives with an app set up, written into directory's tables, each signing in
 * once (a code is taken once per account per 30 seconds, so one account cannot be timed twice in a row).
 */
export async function benchMfaSignIn(o: {
  adminUrl: string;
  database: string;
  gatewayUrl: string;
  users: number;
}): Promise<MfaBench> {
  const url = new URL(o.adminUrl);
  url.pathname = `/${o.database}`;
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  const secret = newTotpSecret();
  try {
    await admin.query(
      `WITH demo AS (SELECT u.password_hash, m.trust_id FROM directory.app_user u
         JOIN directory.membership m ON m.user_id = u.id WHERE u.email = 'ceo@northstar.example'),
       made AS (INSERT INTO directory.app_user (id, email, display_name, password_hash)
         SELECT gen_random_uuid(), 'mfa-bench-' || i || '@northstar.example', 'MFA Bench ' || i, demo.password_hash
         FROM demo, generate_series(1, $1) i RETURNING id, email, display_name),
       joined AS (INSERT INTO directory.membership (id, trust_id, user_id, role, display_name, email)
         SELECT gen_random_uuid(), demo.trust_id, made.id, 'EXECUTIVE', made.display_name, made.email FROM made, demo)
       INSERT INTO directory.mfa_factor (user_id, secret, confirmed_at) SELECT id, $2, now() FROM made`,
      [o.users, secret],
    );
  } finally {
    await admin.end();
  }
  const password: number[] = [];
  const withMfa: number[] = [];
  for (let i = 1; i <= o.users; i++) {
    let t = performance.now();
    await signIn(o.gatewayUrl, 'ceo@northstar.example');
    password.push(performance.now() - t);
    t = performance.now();
    const first = await gql(o.gatewayUrl, SIGN_IN, {
      email: `mfa-bench-${i}@northstar.example`,
      password: 'trustops-demo',
    });
    const challenge = (first.errors?.[0]?.extensions as { challenge?: string } | undefined)?.challenge;
    if (!challenge) throw new Error(`no MFA challenge: ${JSON.stringify(first.errors ?? first.data)}`);
    const second = await gql(o.gatewayUrl, VERIFY, { challenge, code: codeAt(secret, new Date()) });
    if (!second.data) throw new Error(`verifySignIn failed: ${JSON.stringify(second.errors)}`);
    withMfa.push(performance.now() - t);
  }
  const figures = (samples: number[]) => ({ p50: percentile(samples, 50), p95: percentile(samples, 95) });
  return { samples: o.users, password: figures(password), withMfa: figures(withMfa) };
}
