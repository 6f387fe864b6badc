const PAYLOAD =
  'accessToken role user { id email displayName } trust { id name code } memberships { trust { id name code } role }';

export const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { ${PAYLOAD} } }`;
export const SWITCH_TRUST = `mutation SwitchTrust($trustId: ID!) { switchTrust(trustId: $trustId) { ${PAYLOAD} } }`;

export type Role = 'IT_DIRECTOR' | 'TECHNICIAN' | 'ENGINEER' | 'EXECUTIVE' | 'STAFF' | 'GOVERNOR' | 'REVIEWER';
export interface TrustRef {
  id: string;
  name: string;
  code: string;
}
export interface Session {
  accessToken: string;
  role: Role;
  user: { id: string; email: string; displayName: string };
  trust: TrustRef;
  memberships: { trust: TrustRef; role: Role }[];
}
